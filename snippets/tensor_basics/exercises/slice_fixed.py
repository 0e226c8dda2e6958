import torch

scores = torch.tensor([3.0, 8.0, 5.0, 9.0])
# clone() 分配新内存，之后对 tail 的修改与 scores 无关
tail = scores[2:].clone()
tail[:] = 0
print(scores)
#> tensor([3., 8., 5., 9.])
print(tail)
#> tensor([0., 0.])

# 证据：tail 不再和 scores 共用存储
print(tail.untyped_storage().data_ptr() == scores.untyped_storage().data_ptr())
#> False
