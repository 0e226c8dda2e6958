import torch

x = torch.arange(6)
matrix = x.reshape(2, 3)

# 两个张量的数据从同一个内存地址开始
print(matrix.data_ptr() == x.data_ptr())
#> True

# 反过来修改原张量 x，matrix 也跟着变：它们共享同一块内存
x[0] = 100
print(matrix)
#> tensor([[100,   1,   2],
#>         [  3,   4,   5]])
