import torch

x = torch.arange(6)
tail = x[2:]

# 切片从 x[2] 开始，所以首元素地址不同
print(tail.data_ptr() == x.data_ptr())
#> False

# 但它们仍属于同一块存储：比较存储的起始地址
print(tail.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
#> True
