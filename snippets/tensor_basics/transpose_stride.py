import torch

A = torch.arange(6).reshape(2, 3)
B = A.T

# 转置不搬动数据，只把两维的长度和步幅对调
print(A.shape, B.shape)
#> torch.Size([2, 3]) torch.Size([3, 2])
print(B.stride())
#> (1, 3)
print(B.untyped_storage().data_ptr() == A.untyped_storage().data_ptr())
#> True

# 沿 B 的一行往右走一步，存储位置加 3：B[0, 1] 离第一个元素 3 个元素远
print((B[0, 1].data_ptr() - B.data_ptr()) // B.element_size())
#> 3
print(B[0])
#> tensor([0, 3])
