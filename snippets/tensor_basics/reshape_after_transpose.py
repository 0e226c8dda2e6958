import torch

A = torch.arange(6).reshape(2, 3)
# 转置本身不搬动数据，只改变读取顺序
transposed = A.T
print(transposed.untyped_storage().data_ptr() == A.untyped_storage().data_ptr())
#> True

# 按转置后的顺序排成一行，原内存里没有这样的连续排列，reshape 只能复制
flat = transposed.reshape(6)
print(flat)
#> tensor([0, 3, 1, 4, 2, 5])
print(flat.untyped_storage().data_ptr() == A.untyped_storage().data_ptr())
#> False
