import torch

A = torch.arange(6).reshape(2, 3)
print(A)
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])

# stride()：沿每一维走一步，在存储里的位置要加几
# 往下走一行加 3，往右走一列加 1
print(A.stride())
#> (3, 1)

# A[1, 2] 离第一个元素有几个元素远：3 * 1 + 1 * 2 = 5
print((A[1, 2].data_ptr() - A.data_ptr()) // A.element_size())
#> 5
