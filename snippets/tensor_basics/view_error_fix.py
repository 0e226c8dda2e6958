import torch

A = torch.arange(6).reshape(2, 3)
base = A.untyped_storage().data_ptr()

# 办法一：先用 contiguous() 复制成连续的，再 view
flat1 = A.T.contiguous().view(6)
print(flat1)
#> tensor([0, 3, 1, 4, 2, 5])

# 办法二：直接用 reshape，它在不能返回视图时自己复制
flat2 = A.T.reshape(6)
print(flat2)
#> tensor([0, 3, 1, 4, 2, 5])

# 两种办法得到的都是复制品，不再与 A 共用存储
print(flat1.untyped_storage().data_ptr() == base)
#> False
print(flat2.untyped_storage().data_ptr() == base)
#> False
